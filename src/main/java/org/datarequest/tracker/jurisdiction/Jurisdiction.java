package org.datarequest.tracker.jurisdiction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A state, DC or a territory, identified by its USPS code. Reference data shipped by a migration. */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction extends PanacheEntityBase {

    public enum Kind { STATE, DISTRICT, TERRITORY }

    /** The Census Bureau's four regions, and the territories as a fifth. */
    public static final List<String> REGIONS = List.of("Northeast", "Midwest", "South", "West", "Territories");

    @Id
    public String code;

    @Column(nullable = false)
    public String fips;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String region;

    @Column(name = "tile_col")
    public Integer tileCol;

    @Column(name = "tile_row")
    public Integer tileRow;

    public boolean isTerritory() {
        return kind == Kind.TERRITORY;
    }

    public static List<Jurisdiction> listByName() {
        return list("order by name");
    }

    /** All jurisdictions that are not territories: the 50 states and DC, the default coverage of a request. */
    public static List<Jurisdiction> statesAndDistrict() {
        return list("kind <> ?1 order by name", Kind.TERRITORY);
    }

    public static Optional<Jurisdiction> findByCode(String code) {
        // Only two letters can be a code; anything else (a NUL would fail the query on PostgreSQL) is none.
        return code == null || !code.strip().matches("[A-Za-z]{2}") ? Optional.empty()
                : findByIdOptional(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static Optional<String> parseRegion(String text) {
        return REGIONS.stream().filter(region -> region.equalsIgnoreCase(text.strip())).findFirst();
    }
}
