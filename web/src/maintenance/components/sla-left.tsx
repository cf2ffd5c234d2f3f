import { Tag } from 'antd';
import type { Schemas } from '../../common/api/client';
import { officeText as text } from '../office-messages';

type Clock = Schemas['SlaClockView'];

/** Dark shades, so the white text keeps a 4.5:1 contrast (antd's light preset tags do not). */
const DARK = { red: '#a8071a', orange: '#ad4e00', green: '#237804' };

/** Red once breached, orange while the server counts it at risk (its configured warning share), green otherwise. */
function colourOf(clock: Clock): string {
  if (clock.standing === 'breached' || clock.minutesLeft < 0) return DARK.red;
  if (clock.state === 'paused') return 'default';
  return clock.standing === 'at_risk' ? DARK.orange : DARK.green;
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
