package jp.tomoni.groups;

import jakarta.persistence.EntityManager;
import jp.tomoni.areas.AreaUsage;
import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the areas module how many groups name an area (removed groups too: they are kept as records). */
@Component
class GroupAreaUsage implements AreaUsage {

	private final EntityManager entityManager;

	private final Municipalities municipalities;

	GroupAreaUsage(EntityManager entityManager, Municipalities municipalities) {
		this.entityManager = entityManager;
		this.municipalities = municipalities;
	}

	@Override
	@Transactional(readOnly = true)
	public long countUsing(String areaCode) {
		return entityManager
			.createQuery("select count(g) from CivicGroup g where g.municipalityCode = :code and :area member of g.areaCodes",
					Long.class)
			.setParameter("code", municipalities.current().code())
			.setParameter("area", areaCode)
			.getSingleResult();
	}
}
