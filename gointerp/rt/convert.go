package rt

import (
	"errors"
	"reflect"
)

// As is v converted to the type of sample (a value of a cell's type
// declared as another package's, `type Duration time.Duration`, which
// yaegi holds as that package's type, to its basic type).
func As(v, sample any) any {
	rv := reflect.ValueOf(v)
	st := reflect.TypeOf(sample)
	if !rv.IsValid() || st == nil || !rv.Type().ConvertibleTo(st) {
		return v
	}
	return rv.Convert(st).Interface()
}

// JoinErrors is errors.Join(errs...): a cell's multi-error's list, as an
// error whose Unwrap() []error ErrorsAs follows.
func JoinErrors(errs []error) error { return errors.Join(errs...) }
