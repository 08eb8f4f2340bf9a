/** Reads people from STAR staff assignments. Internal. */

interface StaffAssignment {
  readonly staff_reference_id?: string | undefined;
  readonly identifier?: { readonly value?: string | undefined } | undefined;
  readonly role_types?: readonly string[] | undefined;
}

const TECHNICIAN_ROLES = ['PRIMARY_TECHNICIAN', 'TECHNICIAN', 'SERVICE_TECH', 'HELPER_TECHNICIAN'];
const ADVISOR_ROLES = ['SERVICE_ADVISOR', 'ADVISOR'];

function personWith(
  staff: readonly StaffAssignment[] | undefined,
  roles: readonly string[],
): string | undefined {
  // The primary role first: a helper is credited only when no primary technician is named.
  for (const role of roles) {
    const found = staff?.find((person) => person.role_types?.includes(role));
    const id = found?.identifier?.value ?? found?.staff_reference_id;
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * The technician a labor operation is credited to: the identifier (else the staff reference id)
 * of its primary technician, else of another technician role.
 *
 * @example
 * technicianOf([{ role_types: ['PRIMARY_TECHNICIAN'], identifier: { value: 'TECH-GA-08' } }]); // 'TECH-GA-08'
 */
export function technicianOf(staff: readonly StaffAssignment[] | undefined): string | undefined {
  return personWith(staff, TECHNICIAN_ROLES);
}

/** The service advisor of a repair order's staff assignments. */
export function advisorOf(staff: readonly StaffAssignment[] | undefined): string | undefined {
  return personWith(staff, ADVISOR_ROLES);
}
