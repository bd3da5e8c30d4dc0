import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import type { CountryOption } from "../api";
import { fold } from "../text";

interface Props {
  id: string;
  label: string;
  countries: CountryOption[];
  value: CountryOption | null;
  /** The other picker's country, left out of the list. */
  exclude: string | null;
  onChange(country: CountryOption | null): void;
}

const display = (c: CountryOption): string => c.name;

function matches(countries: CountryOption[], text: string, exclude: string | null): CountryOption[] {
  const q = fold(text);
  const list = countries.filter((c) => c.code !== exclude);
  if (!q) return list;
  const score = (c: CountryOption): number => {
    const spellings = [c.name, c.nameAr, c.code, ...c.names].map(fold);
    if (spellings.some((s) => s === q)) return 0;
    if (spellings.some((s) => s.startsWith(q))) return 1;
    if (spellings.some((s) => s.includes(q))) return 2;
    return 3;
  };
  return list
    .map((c) => [c, score(c)] as const)
    .filter(([, s]) => s < 3)
    .sort((x, y) => x[1] - y[1] || x[0].name.localeCompare(y[0].name))
    .map(([c]) => c);
}

/** A combobox: type an English or Arabic name (or the code), pick from the list. */
export function CountryPicker({ id, label, countries, value, exclude, onChange }: Props) {
  const [text, setText] = useState(value ? display(value) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    setText(value ? display(value) : "");
  }, [value]);

  const options = useMemo(() => matches(countries, value && text === display(value) ? "" : text, exclude), [countries, text, value, exclude]);

  const choose = (c: CountryOption): void => {
    setText(display(c));
    setOpen(false);
    onChange(c);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter" && open && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-box">
        <input
          id={id}
          className={value ? "has-ar" : undefined}
          type="text"
          role="combobox"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          placeholder="English or العربية"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? `${id}-${options[active].code}` : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(e) => {
            e.target.select();
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            if (value) setText(display(value));
          }}
          onKeyDown={onKeyDown}
        />
        {value && <span className="picker-ar" dir="rtl" lang="ar">{value.nameAr}</span>}
        {open && options.length > 0 && (
          <ul className="options" role="listbox" id={listId} aria-label={label}>
            {options.map((c, i) => (
              <li
                key={c.code}
                id={`${id}-${c.code}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "active" : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(c);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="opt-en">{c.name}</span>
                <span className="opt-ar" dir="rtl" lang="ar">
                  {c.nameAr}
                </span>
                <span className="opt-code">{c.code}</span>
              </li>
            ))}
          </ul>
        )}
        {open && options.length === 0 && (
          <div className="options empty" id={listId}>
            No country matches “<bdi>{text}</bdi>”
          </div>
        )}
      </div>
    </div>
  );
}
