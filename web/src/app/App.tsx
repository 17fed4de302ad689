import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../api/client';
import { AppRoutes } from './AppRoutes';
import { SessionSync } from './SessionSync';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a refused or missing request will not succeed by asking again
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionSync />
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
