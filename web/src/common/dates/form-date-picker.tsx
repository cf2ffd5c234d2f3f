import { TimePicker } from 'antd';
import type { ComponentProps } from 'react';
import { RocDatePicker } from './roc-date-picker';

type PickerKeyDown = NonNullable<ComponentProps<typeof TimePicker>['onKeyDown']>;

/**
 * Left alone, the browser submits the form on the Enter that takes a typed date or time into a
 * picker, before the field holds it, and the form answers "required" for the value just typed.
 */
function keepingEnterInForm(onKeyDown: PickerKeyDown | undefined): PickerKeyDown {
  return (event, preventPicker) => {
    if (event.key === 'Enter') event.preventDefault();
    onKeyDown?.(event, preventPicker);
  };
}

/** A date picker inside a form: Enter takes the typed date into the field and stays in the form. */
export function FormDatePicker(props: ComponentProps<typeof RocDatePicker>) {
  return <RocDatePicker {...props} onKeyDown={keepingEnterInForm(props.onKeyDown)} />;
}

/** A time picker inside a form: Enter takes the typed time into the field and stays in the form. */
export function FormTimePicker(props: ComponentProps<typeof TimePicker>) {
  return <TimePicker {...props} onKeyDown={keepingEnterInForm(props.onKeyDown)} />;
}
