import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import audit from './audit';
import { LoginPage } from './auth/LoginPage';
import { Layout } from './Layout';
import { createAuthProvider } from './auth/authProvider';
import { DuplicatesPage } from './curation/DuplicatesPage';
import { Dashboard } from './dashboard/Dashboard';
import { apolloClient } from './dataProvider/client';
import { createDataProvider } from './dataProvider/dataProvider';
import { ImportPage } from './import/ImportPage';
import actors from './resources/actors';
import articles from './resources/articles';
import factChecks from './resources/factChecks';
import issues from './resources/issues';
import quotes from './resources/quotes';
import users from './resources/users';
import review from './review';
import { darkTheme, lightTheme } from './theme';

const dataProvider = createDataProvider(apolloClient);
const authProvider = createAuthProvider(apolloClient);

export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      layout={Layout}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
      title="Newsroom KB"
      theme={lightTheme}
      darkTheme={darkTheme}
    >
      <Resource {...review} />
      <Resource {...articles} />
      <Resource {...quotes} />
      <Resource {...factChecks} />
      <Resource {...actors} />
      <Resource {...issues} />
      <Resource {...users} />
      <Resource {...audit} />
      <Resource name="outlets" recordRepresentation="name" />
      <CustomRoutes>
        <Route path="/import" element={<ImportPage />} />
        <Route path="/import/:articleId" element={<ImportPage />} />
        <Route path="/duplicates" element={<DuplicatesPage />} />
      </CustomRoutes>
    </Admin>
  );
}
