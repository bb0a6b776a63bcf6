package jp.tomoni.projects;

/**
 * How a project came to be: registered directly by staff (a co-hosted event, a patronage, a commission …), or adopted
 * from a proposal of the proposal scheme (協働事業提案制度), whose id it then keeps.
 */
public enum ProjectOrigin {

	DIRECT, PROPOSAL
}
