package jp.tomoni.groups;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such group for this viewer (unknown, not yet public, or someone else's): a 404, revealing nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GroupNotFound extends RuntimeException {

	public GroupNotFound(long id) {
		super("group " + id);
	}
}
