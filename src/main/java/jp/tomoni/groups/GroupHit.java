package jp.tomoni.groups;

import java.time.Instant;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A search hit read from the index's stored fields, so that a result page needs no database query.
 */
@ProjectionConstructor
record GroupHit(@IdProjection Long id, @FieldProjection String name, @FieldProjection String nameKana,
		@FieldProjection(path = "kindCode") String kind, @FieldProjection(path = "fields") List<String> fields,
		@FieldProjection(path = "areas") List<String> areas, @FieldProjection String purpose,
		@FieldProjection Instant updatedAt, @FieldProjection GroupStatus status) {

	GroupSummary toSummary() {
		return new GroupSummary(id, name, nameKana, kind, fields.stream().sorted().toList(),
				areas.stream().sorted().toList(), Group.summary(purpose), updatedAt, status);
	}
}
