package org.partyorg.core.calc;

/**
 * How a member's monthly Party dues are determined (《关于中国共产党党费收缴、使用和管理的规定》,
 * 中组发〔2008〕3号).
 */
public enum DuesCategory {
    /** Salaried (Art. 2): the fixed, regular part of monthly pay after tax; 0.5 / 1 / 1.5 / 2 %. */
    SALARIED("工资收入"),
    /** Annual-salary earners (Art. 3): pay actually received that month, salaried brackets. */
    ANNUAL_SALARY("年薪制"),
    /** Self-employed or irregular income (Art. 4): average monthly net income of the previous quarter, salaried brackets. */
    SELF_EMPLOYED("个体或不固定收入"),
    /** Retirees (Art. 5): the pension; 0.5 % up to 5000 yuan, 1 % above. */
    RETIREE("离退休"),
    /** Farmer members (Art. 6): a fixed 0.2-1 yuan a month, set by each province. */
    FARMER("农民"),
    /** Students (Art. 6): 0.2 yuan a month. */
    STUDENT("学生"),
    /** Laid-off or unemployed members (Art. 6): 0.2 yuan a month. */
    UNEMPLOYED("下岗失业"),
    /** Members living on pensions, relief or the minimum-living allowance (低保) (Art. 6): 0.2 yuan a month. */
    RELIEF("依靠低保或救济");

    private final String chineseName;

    DuesCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
