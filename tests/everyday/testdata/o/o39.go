package main

import (
	"errors"
	"fmt"
	"strings"
)

type Code string

const (
	CodeNotFound   Code = "NOT_FOUND"
	CodeForbidden  Code = "FORBIDDEN"
	CodeConflict   Code = "CONFLICT"
	CodeValidation Code = "VALIDATION"
)

// AppError matches an AppError target with the same Code (and Message, if the target sets one).
type AppError struct {
	Code    Code
	Message string
	Cause   error
}

func (e *AppError) Error() string {
	if e.Message == "" {
		return string(e.Code)
	}
	return string(e.Code) + ": " + e.Message
}
func (e *AppError) Unwrap() error { return e.Cause }
func (e *AppError) Is(target error) bool {
	t, ok := target.(*AppError)
	return ok && t.Code == e.Code && (t.Message == "" || t.Message == e.Message)
}

// Sentinels for matching by code only.
var (
	NotFound   = &AppError{Code: CodeNotFound}
	Forbidden  = &AppError{Code: CodeForbidden}
	Conflict   = &AppError{Code: CodeConflict}
	Validation = &AppError{Code: CodeValidation}
)

var ErrDiskFull = errors.New("disk full")

type FieldErr struct{ Field string }

func (f FieldErr) Error() string { return "invalid field " + f.Field }

// tree prints the error graph, following both Unwrap() error and Unwrap() []error.
func tree(err error, depth int, sb *strings.Builder) {
	fmt.Fprintf(sb, "%s- %T: %s\n", strings.Repeat("  ", depth), err, firstLine(err.Error()))
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			tree(e, depth+1, sb)
		}
	case interface{ Unwrap() error }:
		if inner := u.Unwrap(); inner != nil {
			tree(inner, depth+1, sb)
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

func saveUser(name string) error {
	var errs []error
	if name == "" {
		errs = append(errs, &AppError{CodeValidation, "name required", FieldErr{"name"}})
	}
	if name == "root" {
		errs = append(errs, &AppError{CodeForbidden, "reserved name", nil})
	}
	if name == "taken" {
		errs = append(errs, &AppError{CodeConflict, "user exists", nil})
	}
	if name == "big" {
		errs = append(errs, fmt.Errorf("write %q: %w and %w", name, ErrDiskFull, &AppError{CodeConflict, "partial write", nil}))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("saveUser(%q): %w", name, err)
	}
	return nil
}

func main() {
	for _, name := range []string{"ann", "", "root", "taken", "big"} {
		err := saveUser(name)
		if err == nil {
			fmt.Printf("%-7q ok\n", name)
			continue
		}
		fmt.Printf("%-7q notfound=%v forbidden=%v conflict=%v validation=%v diskfull=%v\n", name,
			errors.Is(err, NotFound), errors.Is(err, Forbidden), errors.Is(err, Conflict),
			errors.Is(err, Validation), errors.Is(err, ErrDiskFull))
		if ae, ok := errors.AsType[*AppError](err); ok {
			fmt.Printf("        first AppError code=%s msg=%q\n", ae.Code, ae.Message)
		}
		if fe, ok := errors.AsType[FieldErr](err); ok {
			fmt.Printf("        field error on %q\n", fe.Field)
		}
	}
	combo := errors.Join(saveUser(""), saveUser("big"), errors.New("plain"))
	var sb strings.Builder
	tree(combo, 0, &sb)
	fmt.Print("error tree:\n", sb.String())
	fmt.Println("unwrap single on join:", errors.Unwrap(combo))
	specific := &AppError{CodeConflict, "user exists", nil}
	other := &AppError{CodeConflict, "different message", nil}
	err := saveUser("taken")
	fmt.Println("match specific message:", errors.Is(err, specific), "| other message:", errors.Is(err, other), "| by code:", errors.Is(err, Conflict))
}
