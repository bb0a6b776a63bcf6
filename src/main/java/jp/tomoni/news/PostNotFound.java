package jp.tomoni.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such post for this reader (unknown, not public, or someone else's draft): a 404, revealing nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PostNotFound extends RuntimeException {

	public PostNotFound(long id) {
		super("post " + id);
	}
}
