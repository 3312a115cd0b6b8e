package gointerp

import (
	"bufio"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// The type checker's standard library. Type-checking fmt and its
// dependencies from GOROOT's sources takes about 0.9 s, paid by the first
// cell that needs the checker. install.sh records where the Go build
// cache holds the compiled export data of every standard package
// (std-export.txt beside the binary, from `go list -export std`); reading
// those takes milliseconds. The index is used only if it was made by this
// binary's Go version and all its files are still there (`go clean
// -cache` removes them); otherwise packages load from source as before.

// stdExportFile names the index beside the binary.
const stdExportFile = "std-export.txt"

// newStdImporter returns the checker's importer: from export data when the
// index serves, else from source.
func newStdImporter(fset *token.FileSet) types.Importer {
	if files := exportIndex(); files != nil {
		lookup := func(path string) (io.ReadCloser, error) {
			f, ok := files[path]
			if !ok {
				return nil, fmt.Errorf("%s: no export data in %s", path, stdExportFile)
			}
			return os.Open(f)
		}
		return importer.ForCompiler(fset, "gc", lookup)
	}
	return importer.ForCompiler(fset, "source", nil)
}

// exportIndex reads the index: its first line is the Go version, then
// `path=file` per package. nil if it does not serve.
func exportIndex() map[string]string {
	name := os.Getenv("SPARGO_STD_EXPORT")
	if name == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil
		}
		name = filepath.Join(filepath.Dir(exe), stdExportFile)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() || strings.TrimSpace(sc.Text()) != runtime.Version() {
		return nil
	}
	files := map[string]string{}
	for sc.Scan() {
		path, file, ok := strings.Cut(sc.Text(), "=")
		if !ok {
			continue
		}
		if _, err := os.Stat(file); err != nil {
			return nil
		}
		files[path] = file
	}
	if sc.Err() != nil || files["fmt"] == "" {
		return nil
	}
	return files
}
