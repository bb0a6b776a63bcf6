package jp.tomoni.projects;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such project in this municipality, or one the page may not show (a cancelled one on the public register). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProjectNotFound extends RuntimeException {

	ProjectNotFound(long id) {
		super("collaboration project " + id);
	}
}
