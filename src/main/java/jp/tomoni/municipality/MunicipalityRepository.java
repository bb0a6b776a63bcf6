package jp.tomoni.municipality;

import org.springframework.data.repository.ListCrudRepository;

interface MunicipalityRepository extends ListCrudRepository<Municipality, String> {
}
