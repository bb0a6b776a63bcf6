package jp.tomoni.projects;

/** The committee's conclusion on a project: continue it, change it, or end it. */
public enum EvaluationConclusion {

	CONTINUE, CHANGE, END;

	public String messageKey() {
		return "evaluation.conclusion." + name();
	}
}
