package jp.tomoni.events;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface EventCategoryRepository extends ListCrudRepository<EventCategory, String> {

	List<EventCategory> findAllByOrderBySortOrderAscCodeAsc();
}
