// Build and verify a checksum manifest (SHA-256 + CRC32) for in-memory "files".
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"sort"
	"strings"
)

type File struct {
	Name string
	Data []byte
}

type ManifestEntry struct {
	Name   string
	Size   int
	CRC    uint32
	SHA256 string
}

func (m ManifestEntry) Line() string {
	return fmt.Sprintf("%s  %08x  %6d  %s", m.SHA256, m.CRC, m.Size, m.Name)
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func digest(f File) ManifestEntry {
	sum := sha256.Sum256(f.Data)
	return ManifestEntry{
		Name:   f.Name,
		Size:   len(f.Data),
		CRC:    crc32.ChecksumIEEE(f.Data),
		SHA256: hex.EncodeToString(sum[:]),
	}
}

func buildManifest(files []File) string {
	entries := make([]ManifestEntry, len(files))
	for i, f := range files {
		entries[i] = digest(f)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(e.Line())
		b.WriteByte('\n')
	}
	return b.String()
}

func parseManifest(text string) (map[string]ManifestEntry, error) {
	out := map[string]ManifestEntry{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		var e ManifestEntry
		if _, err := fmt.Sscanf(sc.Text(), "%64s  %08x  %d  %s", &e.SHA256, &e.CRC, &e.Size, &e.Name); err != nil {
			return nil, fmt.Errorf("manifest line %q: %w", sc.Text(), err)
		}
		out[e.Name] = e
	}
	return out, sc.Err()
}

func main() {
	files := []File{
		{"data/customers.csv", []byte("id,name\n1,Ana\n2,Ben\n")},
		{"data/orders.csv", []byte("id,customer,total\n10,1,9.99\n11,2,20.00\n")},
		{"README.txt", []byte("Nightly export.\n")},
		{"empty.bin", nil},
		{"config/app.json", []byte(`{"debug":false,"workers":4}`)},
	}
	manifest := buildManifest(files)
	fmt.Println("MANIFEST")
	fmt.Print(manifest)

	// Simulate a later copy where one file changed, one vanished, one was added.
	later := []File{
		{"data/customers.csv", []byte("id,name\n1,Ana\n2,Ben\n")},
		{"data/orders.csv", []byte("id,customer,total\n10,1,9.99\n11,2,20.01\n")},
		{"README.txt", []byte("Nightly export.\n")},
		{"config/app.json", []byte(`{"debug":false,"workers":4}`)},
		{"data/extra.csv", []byte("x\n")},
	}
	want, err := parseManifest(manifest)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("\nVERIFY")
	seen := map[string]bool{}
	for _, f := range later {
		seen[f.Name] = true
		got := digest(f)
		exp, ok := want[f.Name]
		switch {
		case !ok:
			fmt.Printf("  NEW      %s\n", f.Name)
		case exp.SHA256 != got.SHA256:
			fmt.Printf("  CHANGED  %s (crc %08x -> %08x, size %d -> %d)\n", f.Name, exp.CRC, got.CRC, exp.Size, got.Size)
		default:
			fmt.Printf("  OK       %s\n", f.Name)
		}
	}
	var missing []string
	for name := range want {
		if !seen[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		fmt.Printf("  MISSING  %s\n", m)
	}

	fmt.Println("\nCRC variants for \"123456789\":")
	check := []byte("123456789")
	fmt.Printf("  IEEE       %08x\n", crc32.ChecksumIEEE(check))
	fmt.Printf("  Castagnoli %08x\n", crc32.Checksum(check, castagnoli))
	h := sha256.New()
	for _, part := range []string{"1234", "56789"} {
		h.Write([]byte(part))
	}
	fmt.Printf("  sha256 (streamed) %x\n", h.Sum(nil))
	fmt.Printf("  sha224            %x\n", sha256.Sum224(check))
}
