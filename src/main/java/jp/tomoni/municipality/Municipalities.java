package jp.tomoni.municipality;

import java.util.List;

import jp.tomoni.shared.MunicipalityCode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the municipality module: which municipality this installation serves.
 */
@Service
public class Municipalities {

	private final MunicipalityRepository repository;

	private final MunicipalityView current;

	Municipalities(MunicipalityRepository repository, MunicipalityProperties properties) {
		this.repository = repository;
		MunicipalityCode code = MunicipalityCode.parse(properties.code());
		this.current = new MunicipalityView(code.value(), properties.name(), properties.nameKana());
	}

	/** The municipality this installation serves today. */
	public MunicipalityView current() {
		return current;
	}

	/** Every municipality registered in this installation. */
	@Transactional(readOnly = true)
	public List<MunicipalityView> all() {
		return repository.findAll().stream().map(Municipality::toView).toList();
	}

	/** Registers the configured municipality on first start, before demonstration data is loaded. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@Transactional
	public void registerCurrent() {
		if (!repository.existsById(current.code())) {
			repository.save(new Municipality(new MunicipalityCode(current.code()), current.name(), current.nameKana()));
		}
	}
}
