package jp.tomoni.patronage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such application, or not one this person may see: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PatronageNotFound extends RuntimeException {

	PatronageNotFound(long id) {
		super("patronage application " + id);
	}
}
