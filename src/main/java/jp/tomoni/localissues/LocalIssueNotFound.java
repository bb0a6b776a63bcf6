package jp.tomoni.localissues;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such issue in this municipality, or not one this person may see: the same answer for both. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LocalIssueNotFound extends RuntimeException {

	LocalIssueNotFound(long id) {
		super("local issue " + id);
	}
}
