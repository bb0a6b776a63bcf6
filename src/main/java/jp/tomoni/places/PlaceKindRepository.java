package jp.tomoni.places;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceKindRepository extends JpaRepository<PlaceKind, String> {

	List<PlaceKind> findAllByOrderBySortOrderAscCodeAsc();
}
