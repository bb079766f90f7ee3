import { defaultDarkTheme, defaultTheme, type RaThemeOptions } from 'react-admin';

// react-admin's default blues (#2196f3, #1976d2) fall below WCAG AA contrast with white text and
// on the light background; a darker blue passes axe's color-contrast rule.
export const lightTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#15559a' },
    secondary: { main: '#15559a' },
    error: { main: '#b71c1c' },
    success: { main: '#1b5e20' },
  },
};

export const darkTheme: RaThemeOptions = defaultDarkTheme;
