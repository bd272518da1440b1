/** One side of a text change with the changed words marked (not by colour alone: underlined or struck through). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { TextChange } from '../../core/text/changed-parts';

const useStyles = makeStyles({
  removed: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1, textDecorationLine: 'line-through' },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1, textDecorationLine: 'underline' },
});

export function TextChangeView({ change, side }: { change: TextChange; side: 'before' | 'after' }) {
  const styles = useStyles();
  const changed = side === 'before' ? change.removed : change.added;
  const empty = !change.prefix && !changed && !change.suffix;
  return (
    <>
      {change.clippedStart ? '…' : ''}
      {change.prefix}
      {changed ? (
        <mark className={side === 'before' ? styles.removed : styles.added} data-change={side === 'before' ? 'removed' : 'added'}>
          {changed}
        </mark>
      ) : null}
      {change.suffix}
      {change.clippedEnd ? '…' : ''}
      {empty ? '（空）' : ''}
    </>
  );
}
