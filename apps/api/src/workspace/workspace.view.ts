/** The workspace of the request's API key, as the web app shows it. */
export interface WorkspaceView {
  id: string;
  name: string;
  createdAt: string;
}
