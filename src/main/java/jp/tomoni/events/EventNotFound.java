package jp.tomoni.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such event for this viewer (unknown, not public, or someone else's draft): a 404, revealing nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EventNotFound extends RuntimeException {

	public EventNotFound(long id) {
		super("event " + id);
	}
}
