/** Who is calling, as the auth guard puts it on the request. Roles are read fresh where a route needs them. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  fullName: string;
}
