/** SQL of the window a booking row holds its space: [start − setup, end + cleanup). */
export function occupiedSql(booking: string): string {
  return `tstzrange(${booking}.starts_at - make_interval(mins => ${booking}.setup_minutes), ${booking}.ends_at + make_interval(mins => ${booking}.cleanup_minutes), '[)')`;
}

/** SQL that is true when the footprints of two spaces share a physical space (a hall and one of its rooms, say). */
export function sharesSpaceSql(spaceA: string, spaceB: string): string {
  return `EXISTS (SELECT 1 FROM venue_space_links la JOIN venue_space_links lb ON lb.descendant_id = la.descendant_id
                   WHERE la.ancestor_id = ${spaceA} AND lb.ancestor_id = ${spaceB})`;
}
