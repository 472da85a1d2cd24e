import { fireEvent, screen } from '@testing-library/react';

// Mantine marks required labels with " *".
export const emailInput = () => screen.getByLabelText(/^Email/);
export const passwordInput = () => screen.getByLabelText(/^Password/);

/** Fills the sign-in form and submits it, as a person would. */
export async function submitSignIn(email: string, password: string): Promise<void> {
  await screen.findByRole('heading', { name: 'Sign in' });
  fireEvent.change(emailInput(), { target: { value: email } });
  fireEvent.change(passwordInput(), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}
