package jp.tomoni.places;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such place, or one a visitor may not see (hidden): 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PlaceNotFound extends RuntimeException {

	PlaceNotFound(long id) {
		super("place " + id);
	}
}
