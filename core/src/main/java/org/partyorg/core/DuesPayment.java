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
}
