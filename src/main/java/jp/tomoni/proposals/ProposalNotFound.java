package jp.tomoni.proposals;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such call, proposal or attachment here, or not one this person may see: the same answer for both. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProposalNotFound extends RuntimeException {

	ProposalNotFound(String what, long id) {
		super(what + " " + id);
	}
}
