package gov.cms.ssp.assignment;

import java.util.List;
import java.util.function.Predicate;

/**
 * Spec E.5 for one beneficiary and year Y: voluntary alignment, then prospective ACOs' claims-based
 * assignment on their windows, then retrospective ACOs' on theirs; steps 1, 2 and (PY2025+) 3.
 */
final class BeneficiaryAssigner {

    private static final Predicate<ServiceRole> PRIMARY_CARE = ServiceRole::isPrimaryCare;
    private static final Predicate<ServiceRole> SPECIALIST = role -> role == ServiceRole.SPEC;
    private static final Predicate<ServiceRole> PHYSICIAN = ServiceRole::isPhysician;
    private static final Predicate<ServiceRole> NPP = role -> role == ServiceRole.NPP;
    private static final Predicate<ServiceRole> ANY_ROLE = role -> role != ServiceRole.NONE;
    private static final Predicate<String> EVERY_ACO = aco -> true;

    private final AssignmentContext context;
    private final Eligibility eligibility;

    BeneficiaryAssigner(AssignmentContext context) {
        this.context = context;
        this.eligibility = new Eligibility(context.reference, context.yearToDate);
    }

    Eligibility eligibility() {
        return eligibility;
    }

    /** The beneficiary's assignment for year Y, or null when unassigned. */
    Assignment assign(Beneficiary bene, PrimaryCareLines pc) {
        int year = context.year;
        Designation designation = VoluntaryAlignment.designationInForce(bene, context.reference.vaCutoff(year));
        Predicate<String> allowed = EVERY_ACO;
        if (designation != null) {
            String aligned = VoluntaryAlignment.acoOf(designation, context.lists,
                    pc.in(context.w24(AssignmentMethod.PROSPECTIVE)));
            if (aligned != null && eligibility.isEligible(bene, context.w12(AssignmentMethod.PROSPECTIVE), year)
                    && !eligibility.isExcludedAtYearEnd(bene, year)) {
                Assignment claimsOnly = claimsBased(bene, pc, EVERY_ACO);
                return new Assignment(aligned, AssignmentStep.VA,
                        claimsOnly != null && claimsOnly.acoId().equals(aligned));
            }
            // a designation bars claims-based assignment to every other ACO, or to all when it maps to none
            allowed = aligned == null ? aco -> false : aligned::equals;
        }
        return claimsBased(bene, pc, allowed);
    }

    /** Spec E.5.3: the prospective run, then the retrospective run for those it left unassigned. */
    private Assignment claimsBased(Beneficiary bene, PrimaryCareLines pc, Predicate<String> allowed) {
        if (context.lists.hasMethod(AssignmentMethod.PROSPECTIVE)) {
            Assignment prospective = run(bene, pc, AssignmentMethod.PROSPECTIVE, allowed);
            if (prospective != null && !eligibility.isExcludedAtYearEnd(bene, context.year)) {
                return prospective;
            }
        }
        return context.lists.hasMethod(AssignmentMethod.RETROSPECTIVE)
                ? run(bene, pc, AssignmentMethod.RETROSPECTIVE, allowed) : null;
    }

    /**
     * One methodology's run: every ACO and non-ACO entity competes, but only an ACO of this methodology
     * that the designation does not bar is assigned; any other winner merely blocks the rest.
     */
    private Assignment run(Beneficiary bene, PrimaryCareLines pc, AssignmentMethod method, Predicate<String> allowed) {
        Window w12 = context.w12(method);
        if (!eligibility.isEligible(bene, w12, context.year)) {
            return null;
        }
        List<PcLine> lines12 = pc.in(w12);
        Predicate<Entity> assignable = e -> e != null && e.isAco() && context.lists.methodOf(e.acoId()) == method
                && allowed.test(e.acoId());

        Entity step1 = Plurality.winner(lines12, PRIMARY_CARE);
        if (assignable.test(step1) && inPreStep(lines12, step1)) {
            return new Assignment(step1.acoId(), AssignmentStep.STEP_1, false);
        }
        boolean anyPrimaryCare = lines12.stream().anyMatch(line -> line.role().isPrimaryCare());
        if (!anyPrimaryCare) {
            Entity step2 = Plurality.winner(lines12, SPECIALIST);
            if (assignable.test(step2) && inPreStep(lines12, step2)) {
                return new Assignment(step2.acoId(), AssignmentStep.STEP_2, false);
            }
        }
        if (context.hasStep3()) {
            List<PcLine> lines24 = pc.in(context.w24(method));
            Entity step3 = Plurality.winner(lines24, ANY_ROLE);
            if (assignable.test(step3) && !inPreStep(lines12, step3)
                    && Plurality.hasLine(lines12, step3.acoId(), NPP)
                    && Plurality.hasLine(lines24, step3.acoId(), PHYSICIAN)) {
                return new Assignment(step3.acoId(), AssignmentStep.STEP_3, false);
            }
        }
        return null;
    }

    /** pre(X) of spec E.3: at least one PCP or specialist line of ACO X in W12. */
    private static boolean inPreStep(List<PcLine> lines12, Entity aco) {
        return Plurality.hasLine(lines12, aco.acoId(), PHYSICIAN);
    }

    /** Spec J: assignable for derived truncation points = eligible on calendar year Y with a primary care line in Y. */
    boolean isAssignable(Beneficiary bene, PrimaryCareLines pc) {
        Window year = context.calendarYear;
        return eligibility.isEligible(bene, year, context.year) && !pc.in(year).isEmpty();
    }
}
