package rt

import "log/slog"

// LogValued is a slog.LogValuer whose LogValue calls f. reflect has no
// methods of yaegi's types, so log/slog never called a cell type's
// LogValue (a User logged its token); gointerp passes such a value to
// slog as LogValued(its LogValue method).
func LogValued(f func() slog.Value) slog.LogValuer { return lazyValuer(f) }

type lazyValuer func() slog.Value

func (f lazyValuer) LogValue() slog.Value { return f() }
