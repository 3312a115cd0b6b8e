// f20: validate archive member paths and output locations (zip-slip, reserved names, extensions).
package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

var (
	ErrTraversal = errors.New("path escapes destination")
	ErrAbsolute  = errors.New("absolute path not allowed")
	ErrName      = errors.New("invalid file name")
	ErrExt       = errors.New("extension not allowed")
)

type PathError struct {
	Path   string
	Reason error
	Detail string
}

func (e *PathError) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("%q: %v", e.Path, e.Reason)
	}
	return fmt.Sprintf("%q: %v (%s)", e.Path, e.Reason, e.Detail)
}
func (e *PathError) Is(target error) bool { return target == e.Reason }

var allowedExt = []string{".csv", ".json", ".parquet", ".gz"}
var reserved = []string{"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}

func checkMember(dest, name string) (string, error) {
	fail := func(reason error, detail string) (string, error) {
		return "", &PathError{name, reason, detail}
	}
	if name == "" {
		return fail(ErrName, "empty")
	}
	if !utf8.ValidString(name) {
		return fail(ErrName, "not valid UTF-8")
	}
	if strings.ContainsAny(name, "\x00\\:") {
		return fail(ErrName, "contains NUL, backslash or colon")
	}
	if path.IsAbs(name) {
		return fail(ErrAbsolute, "")
	}
	if !filepath.IsLocal(name) {
		return fail(ErrTraversal, "cleans to "+path.Clean(name))
	}
	clean := path.Clean(name)
	for _, seg := range strings.Split(clean, "/") {
		base := strings.ToUpper(strings.TrimSuffix(seg, path.Ext(seg)))
		if slices.Contains(reserved, base) {
			return fail(ErrName, "reserved device name "+seg)
		}
		if strings.HasPrefix(seg, ".") {
			return fail(ErrName, "hidden segment "+seg)
		}
		if len(seg) > 64 {
			return fail(ErrName, fmt.Sprintf("segment longer than 64 bytes (%d)", len(seg)))
		}
	}
	ext := strings.ToLower(path.Ext(clean))
	if !slices.Contains(allowedExt, ext) {
		return fail(ErrExt, fmt.Sprintf("%q", ext))
	}
	target := filepath.Join(dest, filepath.FromSlash(clean))
	// Belt and braces: the joined path must still be inside dest.
	rel, err := filepath.Rel(dest, target)
	if err != nil || strings.HasPrefix(rel, "..") {
		return fail(ErrTraversal, "rel="+rel)
	}
	return target, nil
}

func main() {
	dest := "/srv/ingest/batch-17"
	members := []string{
		"sales/2024/03/orders.csv",
		"./sales//2024/./refunds.json.gz",
		"sales/../sales/summary.parquet",
		"../../etc/passwd",
		"sales/../../outside.csv",
		"/abs/path.csv",
		"C:\\windows\\evil.csv",
		"reports/con.csv",
		"reports/.hidden/data.csv",
		"notes/readme.TXT",
		"data/Größe.CSV",
		"bad\xffname.csv",
		strings.Repeat("x", 70) + ".csv",
		"",
	}
	byReason := map[error][]string{}
	for _, m := range members {
		target, err := checkMember(dest, m)
		if err != nil {
			fmt.Println("REJECT", err)
			for _, r := range []error{ErrTraversal, ErrAbsolute, ErrName, ErrExt} {
				if errors.Is(err, r) {
					byReason[r] = append(byReason[r], m)
				}
			}
			continue
		}
		fmt.Printf("ACCEPT %-36q -> %s\n", m, target)
	}
	fmt.Println()
	for _, r := range []error{ErrTraversal, ErrAbsolute, ErrName, ErrExt} {
		fmt.Printf("%-26s %d\n", r.Error()+":", len(byReason[r]))
	}
}
