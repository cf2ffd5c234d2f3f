import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { usePageMessage } from '../feedback/page-message';
import { errorText, fieldErrorText, fieldProblemsOf } from './error-text';

/** `itinerary.0.address` → `['itinerary', 0, 'address']`, the name path Ant Design forms use. */
function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows a failed request to the user: the broken fields next to the form's fields (in zh-TW),
 * and anything that belongs to no field of this form as a page message. `fieldsShownAt` names the
 * form field that shows a request field the form splits (`startsAt` → its time field).
 */
export function useErrorReporter() {
  const message = usePageMessage();
  return useCallback(
    (error: unknown, form?: FormInstance, fieldsShownAt: Record<string, string> = {}) => {
      const problems = fieldProblemsOf(error).map((problem) => ({
        ...problem,
        field: fieldsShownAt[problem.field] ?? problem.field,
      }));
      const registered = new Set(form?.getFieldsError().map((field) => field.name.join('.')));
      const known = problems.filter((problem) => registered.has(problem.field));
      if (form && known.length) {
        form.setFields(known.map((problem) => ({ name: namePath(problem.field), errors: [fieldErrorText(problem)] })));
        if (known.length === problems.length) return;
      }
      void message.error(errorText(error));
    },
    [message],
  );
}
