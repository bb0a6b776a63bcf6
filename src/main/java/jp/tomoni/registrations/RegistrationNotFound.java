package jp.tomoni.registrations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such registration, date or participant list for this person (unknown, not public, or someone else's): a 404,
 * revealing nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RegistrationNotFound extends RuntimeException {

	public RegistrationNotFound(String what) {
		super(what);
	}
}
