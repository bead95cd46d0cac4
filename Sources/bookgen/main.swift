import BookgenCLI

Bookgen.main()
