import { Tag } from 'antd';
import type { Schemas } from '../../common/api/client';
import { officeText as text } from '../office-messages';

type Clock = Schemas['SlaClockView'];

/** Red once breached, orange in the last quarter of the target, green otherwise. */
function colourOf(clock: Clock): string {
  if (clock.state === 'breached' || clock.minutesLeft < 0) return 'red';
  if (clock.state === 'met') return 'green';
  if (clock.state === 'paused') return 'default';
  return clock.minutesLeft <= clock.targetMinutes / 4 ? 'orange' : 'green';
}

/** The time left on an SLA clock, in colour, with its state in words. */
export function SlaLeft({ clock }: { clock: Clock }) {
  const words = clock.state === 'running' ? text.minutesLeft(clock.minutesLeft) : text.slaStates[clock.state];
  return <Tag color={colourOf(clock)}>{words}</Tag>;
}

/** The clock that matters now: the response clock until the ticket is answered, then the resolution clock. */
export function currentClock(sla: Schemas['TicketSlaView']): Clock {
  return sla.response.state === 'running' || sla.response.state === 'breached' ? sla.response : sla.resolution;
}
