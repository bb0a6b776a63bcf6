package jp.tomoni.proposals;

import jp.tomoni.shared.RuleViolation;

/** A rule of the proposal scheme refused a change: the field and the message code; nothing was changed. */
class ProposalRuleViolation extends RuleViolation {

	ProposalRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
