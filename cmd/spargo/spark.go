package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/spargo-kernel/spargo/backends/spark"
)

// sparkCommand runs `spargo spark install ...`.
func sparkCommand(args []string) error {
	if len(args) == 0 || args[0] != "install" {
		return fmt.Errorf("spark: want `spark install VERSION...`")
	}
	fs := flag.NewFlagSet("spark install", flag.ContinueOnError)
	dest := fs.String("dest", "", "directory for Spark versions (default: next to this binary, DATA/spargo/spark)")
	python := fs.String("python", "python3", "Python whose pip downloads the pyspark package")
	home, _ := os.UserHomeDir()
	cache := fs.String("cache", filepath.Join(home, ".cache", "spargo", "downloads"), "download cache")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("spark install: name at least one version (e.g. 3.5.7 4.0)")
	}
	if *dest == "" {
		*dest = spark.SearchDirs()[len(spark.SearchDirs())-1]
	}
	maven := os.Getenv("SPARGO_MAVEN_REPO")
	if maven == "" {
		maven = "https://repo1.maven.org/maven2"
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	for _, v := range fs.Args() {
		o := spark.InstallOptions{Python: *python, Dest: *dest, Cache: *cache, Maven: maven, Log: os.Stdout}
		if _, err := spark.InstallVersion(ctx, v, o); err != nil {
			return err
		}
	}
	return nil
}
