package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ElectionForm;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.PersonRef;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.RecordType;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferStatus;
import org.partyorg.core.Vote;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.calc.PartyDues;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.validation.beanvalidation.RuleViolation;

/**
 * Format 1.1 rules beyond the command-line cases: the dues brackets of DUE-002 on and either side of
 * every top, TRF-008 through three transfers in any order, and Bean Validation agreeing with the
 * dataset validator on the per-record rules of every 1.1 record.
 */
class WorkingLifeRulesTest {
    private static final LocalDate AS_OF = ValidData.AS_OF;

    private static List<String> findings(Dataset ds, String prefix) {
        return DatasetValidator.create().validate(ds).findings().stream().filter(f -> f.ruleId().startsWith(prefix))
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.path()).toList();
    }

    private static Dataset with(ExchangeRecord... records) {
        Dataset ds = ValidData.dataset().withSchemaVersion("1.1");
        List<DuesPayment> dues = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        for (ExchangeRecord r : records) {
            if (r instanceof DuesPayment d) {
                dues.add(d);
            } else if (r instanceof Transfer t) {
                transfers.add(t);
            }
        }
        return ds.withDuesPayments(dues).withTransfers(transfers);
    }

    private static DuesPayment pay(DuesCategory category, String base, String amount) {
        Member m = ValidData.members().get(0);
        return new DuesPayment("d-1", m.id(), YearMonth.of(2023, 7), category, base == null ? null : new BigDecimal(base),
                new BigDecimal(amount), LocalDate.of(2023, 7, 10));
    }

    /** On each bracket top the lower rate applies (the tops are inclusive); one fen less is DUE-002, more is fine. */
    @ParameterizedTest(name = "{0} base {1}: at least {2}")
    @CsvSource({
        "SALARIED, 3000, 15.00", "SALARIED, 3000.01, 30.00", "SALARIED, 5000, 50.00", "SALARIED, 5000.01, 75.00",
        "SALARIED, 10000, 150.00", "SALARIED, 10000.01, 200.00", "ANNUAL_SALARY, 5000, 50.00", "SELF_EMPLOYED, 10000, 150.00",
        "RETIREE, 5000, 25.00", "RETIREE, 5000.01, 50.00", "FARMER, , 0.20", "STUDENT, , 0.20", "UNEMPLOYED, , 0.20",
        "RELIEF, , 0.20"})
    void duesBracketsOnAndEitherSideOfEveryTop(DuesCategory category, String base, String least) {
        BigDecimal minimum = new BigDecimal(least);
        assertThat(findings(with(pay(category, base, least)), "DUE-")).isEmpty();
        assertThat(findings(with(pay(category, base, minimum.add(new BigDecimal("10")).toPlainString())), "DUE-")).isEmpty();
        assertThat(findings(with(pay(category, base, minimum.subtract(new BigDecimal("0.01")).toPlainString())), "DUE-"))
                .containsExactly("DUE-002 ERROR /duesPayments/0/amount");
    }

    /**
     * A base beyond any income (more than 18 integer digits) is judged without scaling it to the fen,
     * which for 1e10000000 would take seconds and write megabytes: the same verdict as the core
     * calculator's, on random bases just past that size and amounts a fen either side of the minimum.
     */
    @Test
    void aBaseBeyondAnyIncomeIsJudgedAsTheCalculatorWould() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            BigDecimal base = new BigDecimal(new BigInteger(64 + random.nextInt(12), random), 2).add(new BigDecimal("1e19"));
            BigDecimal minimum = PartyDues.minimum(DuesCategory.SALARIED, base).orElseThrow();
            for (BigDecimal amount : List.of(minimum, minimum.subtract(new BigDecimal("0.01")), minimum.add(new BigDecimal("0.01")))) {
                List<String> expected = amount.compareTo(minimum) < 0 ? List.of("DUE-002 ERROR /duesPayments/0/amount") : List.of();
                assertThat(findings(with(pay(DuesCategory.SALARIED, base.toPlainString(), amount.toPlainString())), "DUE-"))
                        .as("base %s, amount %s", base, amount).isEqualTo(expected);
            }
        }
        assertThat(findings(with(pay(DuesCategory.RETIREE, "1e10000000", "1")), "DUE-")).containsExactly("DUE-002 ERROR /duesPayments/0/amount");
        // a large amount beside a large base: 1% of 1e10000001 is 1e9999999
        assertThat(findings(with(pay(DuesCategory.RETIREE, "1e10000001", "1e10000000")), "DUE-")).isEmpty();
        assertThat(findings(with(pay(DuesCategory.RETIREE, "1e10000001", "1e9999999")), "DUE-")).isEmpty();
        assertThat(findings(with(pay(DuesCategory.RETIREE, "1e10000001", "9e9999998")), "DUE-"))
                .containsExactly("DUE-002 ERROR /duesPayments/0/amount");
        assertThat(DatasetValidator.create().validate(with(pay(DuesCategory.RETIREE, "1e10000000", "1"))).findings("DUE-002").get(0)
                .message()).hasSizeLessThan(200).contains("E+9999998");
    }

    /** Money built in code is judged as the reader judges it in a file: DOC-014, and unknown to DUE-002. */
    @Test
    void moneyBelowZeroOrWithThreeDecimalsIsDoc014InCodeToo() {
        assertThat(findings(with(pay(DuesCategory.SALARIED, "-1", "40")), "DOC-014")).containsExactly("DOC-014 ERROR /duesPayments/0/base");
        assertThat(findings(with(pay(DuesCategory.SALARIED, "4000", "40.005")), "DOC-014"))
                .containsExactly("DOC-014 ERROR /duesPayments/0/amount");
        assertThat(findings(with(pay(DuesCategory.SALARIED, "4000", "40.005")), "DUE-")).isEmpty();
        // near misses: zero, and trailing zeros past the fen
        assertThat(findings(with(pay(DuesCategory.SALARIED, "0", "0")), "DOC-014")).isEmpty();
        assertThat(findings(with(pay(DuesCategory.SALARIED, "4000.000", "40.000")), "DOC-014")).isEmpty();
        assertThat(findings(with(pay(DuesCategory.SALARIED, "4000.000", "40.000")), "DUE-")).isEmpty();
    }

    @Test
    void aPercentageCategoryWithoutABaseIsNotJudged() {
        assertThat(findings(with(pay(DuesCategory.SALARIED, null, "0.01")), "DUE-")).isEmpty();
    }

    /** TRF-008: the latest received transfer (by receivedOn) decides, whatever the order of the records. */
    @Test
    void theLatestOfThreeTransfersDecidesInAnyOrder() {
        Member m = ValidData.members().get(0);
        String current = m.orgId();
        List<Transfer> agree = List.of(received("t-1", m, "elsewhere-1", LocalDate.of(2020, 1, 10)),
                received("t-2", m, "elsewhere-2", LocalDate.of(2021, 1, 10)), received("t-3", m, current, LocalDate.of(2022, 1, 10)));
        List<Transfer> disagree = List.of(received("t-1", m, current, LocalDate.of(2020, 1, 10)),
                received("t-2", m, "elsewhere-2", LocalDate.of(2021, 1, 10)), received("t-3", m, null, LocalDate.of(2022, 1, 10)));
        Random random = new Random(3);
        for (int round = 0; round < 6; round++) {
            List<Transfer> a = new ArrayList<>(agree);
            List<Transfer> d = new ArrayList<>(disagree);
            Collections.shuffle(a, random);
            Collections.shuffle(d, random);
            assertThat(findings(with(a.toArray(new ExchangeRecord[0])), "TRF-008")).isEmpty();
            // t-3 names no organization (an outside one): the latest with a toOrgId is t-2, which is not the member's
            int at = d.indexOf(disagree.get(1));
            assertThat(findings(with(d.toArray(new ExchangeRecord[0])), "TRF-008"))
                    .containsExactly("TRF-008 ERROR /transfers/" + at + "/toOrgId");
        }
    }

    private static Transfer received(String id, Member m, String toOrgId, LocalDate on) {
        return new Transfer(id, m.id(), null, toOrgId, "外地某支部", toOrgId == null ? "外地某支部" : null, on.minusDays(5), on,
                TransferStatus.RECEIVED, null);
    }

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .clockProvider(() -> Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .buildValidatorFactory().getValidator();

    /** The per-record rules of the 1.1 records give the same findings through Bean Validation as through the validator. */
    @Test
    void beanValidationAgreesOnThePerRecordRulesOfEvery11Record() {
        ResidentIdNumber young = ResidentIdNumber.lenient("522631200506010319");
        List<ExchangeRecord> broken = List.of(
                new Application("a-1", new PersonRef("甲", null, young, null), "b-1", ApplicationStage.ADMITTED,
                        LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 2), null, List.of(), null, List.of("m-1"), null, 20,
                        new PublicNotice(LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 18)),
                        new Vote(LocalDate.of(2023, 6, 1), 5, 2, 2), LocalDate.of(2023, 9, 2), null),
                new Meeting("mt-1", "b-1", MeetingKind.BRANCH_ASSEMBLY, LocalDate.of(2023, 9, 1), 5, 2, "", null),
                new DuesPayment("d-1", null, YearMonth.of(2023, 7), DuesCategory.SALARIED, new BigDecimal("4000"),
                        new BigDecimal("39.99"), LocalDate.of(2023, 9, 1)),
                new Transfer("t-1", "m-1", "b-1", "b-1", null, null, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1),
                        TransferStatus.IN_TRANSIT, null),
                new Election("e-1", "b-1", LocalDate.of(2023, 9, 1), ElectionForm.COMMITTEE, 5, 4, 10, 8,
                        List.of(new ElectedMember("m-1", 9), new ElectedMember(null, 3)), 5, null));
        for (ExchangeRecord r : broken) {
            Dataset ds = ValidData.dataset().withSchemaVersion("1.1");
            ds = switch (r.recordType()) {
                case APPLICATION -> ds.withApplications(List.of((Application) r));
                case MEETING -> ds.withMeetings(List.of((Meeting) r));
                case DUES_PAYMENT -> ds.withDuesPayments(List.of((DuesPayment) r));
                case TRANSFER -> ds.withTransfers(List.of((Transfer) r));
                default -> ds.withElections(List.of((Election) r));
            };
            String prefix = "/" + r.recordType().datasetField() + "/0";
            Set<String> bulk = DatasetValidator.create().validate(ds).findings().stream()
                    .filter(f -> f.path().startsWith(prefix))
                    .filter(f -> Rule.ofId(f.ruleId()).recordType().orElse(r.recordType()) == r.recordType())
                    .filter(f -> !CROSS_RECORD.contains(f.ruleId()))
                    .map(f -> f.ruleId() + " " + f.severity() + " " + f.path().substring(prefix.length()))
                    .collect(Collectors.toSet());
            Set<String> bean = VALIDATOR.validate(r).stream().map(WorkingLifeRulesTest::describe).collect(Collectors.toSet());
            assertThat(bean).as(r.recordType().wireName()).isNotEmpty().isEqualTo(bulk);
        }
    }

    /** The 1.1 rules that need other records. */
    private static final Set<String> CROSS_RECORD = Set.of("DEV-001", "DEV-002", "DEV-011", "DEV-012", "DEV-017", "DEV-019",
            "DEV-020", "MTG-001", "MTG-002", "DUE-001", "DUE-004", "DUE-005", "TRF-001", "TRF-002", "TRF-004", "TRF-008", "TRF-009",
            "ELC-001", "ELC-002", "ELC-008", "ELC-009", "ELC-010", "DOC-020");

    private static String describe(ConstraintViolation<?> v) {
        RuleViolation payload = BeanValidationTest.payload(v);
        String pointer = v.getPropertyPath().toString().isEmpty() ? ""
                : "/" + v.getPropertyPath().toString().replace("[", ".").replace("]", "").replace('.', '/');
        return payload.ruleId() + " " + payload.severity() + " " + pointer;
    }

    @Test
    void recordTypesOfTheNewRulesAreThe11Records() {
        assertThat(Rule.DEV_001.recordType()).contains(RecordType.APPLICATION);
        assertThat(Rule.MTG_020.recordType()).contains(RecordType.ORGANIZATION);
        assertThat(Rule.DUE_020.recordType()).contains(RecordType.MEMBER);
    }
}
