package org.partyorg.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.constraints.ValidDuesPayment;

/**
 * One member's Party dues for one month (党费交纳), docs/format.md §12. New in format 1.1.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds. Money is in yuan,
 * as a {@link BigDecimal} with at most two decimal places (never a binary float).
 *
 * @param id the payment's id, unique among dues payments
 * @param memberId the member who paid
 * @param month the month paid for
 * @param category how the amount is set
 * @param base the after-tax monthly income the amount is computed from, may be null
 * @param amount what was paid
 * @param paidOn when it was paid
 */
@ValidDuesPayment
public record DuesPayment(
        String id,
        String memberId,
        YearMonth month,
        DuesCategory category,
        BigDecimal base,
        BigDecimal amount,
        LocalDate paidOn) implements ExchangeRecord {

    /** @return {@link RecordType#DUES_PAYMENT} */
    @Override
    public RecordType recordType() {
        return RecordType.DUES_PAYMENT;
    }

    /**
     * @return a builder whose components all start null (lists empty): no default is invented
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's components, to make a changed copy */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .memberId(memberId)
                .month(month)
                .category(category)
                .base(base)
                .amount(amount)
                .paidOn(paidOn);
    }

    /**
     * Builds a {@link DuesPayment} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String memberId;
        private YearMonth month;
        private DuesCategory category;
        private BigDecimal base;
        private BigDecimal amount;
        private LocalDate paidOn;

        private Builder() {
        }

        /**
         * @param id the payment's id, unique among dues payments
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param memberId the member who paid
         * @return this builder
         */
        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        /**
         * @param month the month paid for
         * @return this builder
         */
        public Builder month(YearMonth month) {
            this.month = month;
            return this;
        }

        /**
         * @param category how the amount is set
         * @return this builder
         */
        public Builder category(DuesCategory category) {
            this.category = category;
            return this;
        }

        /**
         * @param base the after-tax monthly income the amount is computed from, may be null
         * @return this builder
         */
        public Builder base(BigDecimal base) {
            this.base = base;
            return this;
        }

        /**
         * @param amount what was paid
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * @param paidOn when it was paid
         * @return this builder
         */
        public Builder paidOn(LocalDate paidOn) {
            this.paidOn = paidOn;
            return this;
        }

        /** @return a new DuesPayment of the components set so far */
        public DuesPayment build() {
            return new DuesPayment(id, memberId, month, category, base, amount, paidOn);
        }
    }
}
