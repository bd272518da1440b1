/**
 * 模板: which template family the checks follow — detected from the workbook, or one the user chooses
 * (stored in the workbook). After a check it says which family the results followed. A native select:
 * keyboard and screen readers know it everywhere and it fits a 320 px pane. (Fluent's Select or
 * Dropdown here made the pane's jsdom tests crawl: one fix-and-focus test took 49 s instead of 9 s.)
 */
import { Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FAMILIES, familyById } from '../../core/families';

/** The option that stores no choice: the check detects the family. */
const AUTO = '';

/** Short names for the picker; a family added later without one shows its title. */
const SHORT_NAME: Record<string, string> = {
  shanxi: '山西',
  'shanghai-department': '上海部门预算',
  'shanghai-unit': '上海单位预算',
  general: '通用',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px' },
  select: {
    maxWidth: '100%',
    minHeight: '24px',
    padding: '0 4px',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface FamilyPickerProps {
  /** The chosen family id; undefined: detect. */
  profile?: string;
  /** The family the last check followed (the report's `family`), and whether the user had chosen it. */
  checked?: { family?: string; chosen: boolean };
  onChange(profile: string | undefined): void;
}

export function FamilyPicker({ profile, checked, onChange }: FamilyPickerProps) {
  const styles = useStyles();
  const chosen = familyById(profile);
  const followed = checked ? familyById(checked.family) : undefined;
  return (
    <div className={styles.root}>
      <Field label="模板" size="small">
        {(fieldProps) => (
          <select {...fieldProps} className={styles.select} value={chosen?.id ?? AUTO} onChange={(event) => onChange(event.target.value === AUTO ? undefined : event.target.value)}>
            <option value={AUTO}>自动识别</option>
            {FAMILIES.map((family) => (
              <option key={family.id} value={family.id}>
                {SHORT_NAME[family.id] ?? family.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {followed ? (
        <Text size={200} data-testid="checked-family">
          本次检查按{checked?.chosen ? '所选' : '自动识别的'}模板：{followed.title}
        </Text>
      ) : null}
    </div>
  );
}
