import type { ComponentProps } from 'react';
import { RocDatePicker } from './roc-date-picker';

/**
 * A date picker inside a form: Enter takes the typed date into the field and stays in the form.
 * Left alone, the browser also submits the form on that Enter, before the field holds the date,
 * and the form answers "required" for the date just typed.
 */
export function FormDatePicker(props: ComponentProps<typeof RocDatePicker>) {
  return (
    <RocDatePicker
      {...props}
      onKeyDown={(event, preventPicker) => {
        if (event.key === 'Enter') event.preventDefault();
        props.onKeyDown?.(event, preventPicker);
      }}
    />
  );
}
