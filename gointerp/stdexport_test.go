package gointerp

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// The export-data index serves only if made by this Go version with all
// its files present; the importer built from it type-checks cells.
func TestStdExportIndex(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "fmt.x")
	if err := os.WriteFile(data, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(content string) string {
		p := filepath.Join(dir, "index.txt")
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for name, tc := range map[string]struct {
		content string
		serves  bool
	}{
		"ok":            {runtime.Version() + "\nfmt=" + data + "\n", true},
		"other version": {"go1.0\nfmt=" + data + "\n", false},
		"missing file":  {runtime.Version() + "\nfmt=" + data + "\nstrings=" + filepath.Join(dir, "gone") + "\n", false},
		"no fmt":        {runtime.Version() + "\n", false},
	} {
		t.Setenv("SPARGO_STD_EXPORT", write(tc.content))
		if got := exportIndex() != nil; got != tc.serves {
			t.Errorf("%s: index serves = %v, want %v", name, got, tc.serves)
		}
	}
}
