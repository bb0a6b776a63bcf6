package jp.tomoni.volunteering;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such opportunity, shift or sign-up, or one the person may not see: 404, never 403, so nothing is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class VolunteeringNotFound extends RuntimeException {

	VolunteeringNotFound(String what) {
		super(what);
	}
}
