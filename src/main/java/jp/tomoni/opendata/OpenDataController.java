package jp.tomoni.opendata;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public open-data page and each dataset's columns: anyone, no sign-in. */
@Controller
@PreAuthorize("permitAll()")
class OpenDataController {

	private final ObjectProvider<OpenDataset> datasets;

	OpenDataController(ObjectProvider<OpenDataset> datasets) {
		this.datasets = datasets;
	}

	@GetMapping("/opendata")
	String list(Model model) {
		model.addAttribute("datasets", datasets());
		return "opendata/list";
	}

	@GetMapping("/opendata/{id}")
	String dataset(@PathVariable String id, Model model) {
		model.addAttribute("dataset", datasets().stream()
			.filter(d -> d.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "opendata/dataset";
	}

	private List<OpenDataset> datasets() {
		return datasets.orderedStream().sorted(Comparator.comparing(OpenDataset::id)).toList();
	}
}
