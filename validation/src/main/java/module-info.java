/**
 * partyorg validation: one implementation per rule of the catalog, the dataset and stream
 * validators, findings and reports, and the Bean Validation constraint validators.
 */
module org.partyorg.validation {
    requires transitive org.partyorg.core;
    requires transitive jakarta.validation;
    // Bean Validation only; the engine runs without it (message parameters fall back to pre-filled messages)
    requires static org.hibernate.validator;

    exports org.partyorg.validation;
    exports org.partyorg.validation.beanvalidation;
    // the readers in partyorg-serialization feed the same engine and report the shape rules
    exports org.partyorg.validation.internal.rules to org.partyorg.serialization;
    // Hibernate Validator instantiates the constraint validators it finds through ServiceLoader reflectively
    opens org.partyorg.validation.internal.beanvalidation to org.hibernate.validator;

    provides jakarta.validation.ConstraintValidator with
            org.partyorg.validation.internal.beanvalidation.ResidentIdNumberValidator,
            org.partyorg.validation.internal.beanvalidation.CreditCodeValidator,
            org.partyorg.validation.internal.beanvalidation.DivisionCodeValidator,
            org.partyorg.validation.internal.beanvalidation.MobilePhoneValidator,
            org.partyorg.validation.internal.beanvalidation.OrganizationConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.MemberConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.GridConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.ServiceRecordConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.PostingConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.ApplicationConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.MeetingConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.DuesPaymentConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.TransferConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.ElectionConstraintValidator,
            org.partyorg.validation.internal.beanvalidation.DatasetConstraintValidator;
}
